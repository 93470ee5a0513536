"""Many workspaces (issue 10.5): Bolt's OAuth install against the Slack stand-in, then two
workspaces on one bot that never see each other's digests.

The app runs as `digest-bot run` builds it (HTTP on loopback, SQLite file and PostgreSQL),
with SLACK_CLIENT_ID / SLACK_CLIENT_SECRET and no bot token. A browser is played by plain
HTTP requests: /slack/install hands out a state (cookie and redirect), Slack's consent is
the stand-in's one-time code, /slack/oauth_redirect checks the state and stores the
installation. Posting then uses each team's own bot token.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

import pytest
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

from bot.app import create_app
from bot.services import Services, build_services
from tests.bot.conftest import NEWS, SIGNING_SECRET, bot_settings, serve, wait_for
from tests.slack_standin import SlackSender, SlackStandIn

TEAM_A, TOKEN_A = "T0AAAAAAA", "xoxb-team-a"
TEAM_B, TOKEN_B = "T0BBBBBBB", "xoxb-team-b"
CLIENT_ID, CLIENT_SECRET = "standin-client-id", "standin-client-secret"

# Written for this test.
FERRY_TITLE = "New ferry sails in May"
FERRY_TEXT = (
    f"{FERRY_TITLE}\n"
    'Ferry captain Olla Brandvik said "the new boat sails in May" at the harbour on Monday.\n'
    "The old ferry will be sold to a museum, the port authority said."
)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a browser would follow; we read it
        return None


@dataclass
class Answer:
    status: int
    headers: Message  # case-blind look-ups, like a browser's
    body: str


def get(url: str, *, cookie: str | None = None) -> Answer:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=10) as response:
            return Answer(response.status, response.headers, response.read().decode())
    except urllib.error.HTTPError as e:
        return Answer(e.code, e.headers, e.read().decode())


@dataclass
class Installer:
    """Plays the browser of someone installing the app into a workspace."""

    base: str

    def start(self) -> tuple[str, str]:
        """GET /slack/install: Slack's authorize URL with a state, and the state cookie."""
        answer = get(f"{self.base}/slack/install")
        assert answer.status == 302
        location = answer.headers["Location"]
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
        assert query["client_id"] == [CLIENT_ID]
        assert "chat:write" in query["scope"][0].split(",")
        [cookie] = [c.split(";")[0] for c in answer.headers.get_all("Set-Cookie") or []]
        return query["state"][0], cookie

    def finish(self, code: str, state: str, cookie: str | None) -> Answer:
        """GET /slack/oauth_redirect, as Slack sends the browser back after consent."""
        query = urllib.parse.urlencode({"code": code, "state": state})
        return get(f"{self.base}/slack/oauth_redirect?{query}", cookie=cookie)


@dataclass
class OAuthBot:
    slack: SlackStandIn
    services: Services
    installer: Installer
    events_url: str

    def sender(self, team: str) -> SlackSender:
        return SlackSender(self.events_url, SIGNING_SECRET, team_id=team)

    def bot_token(self, team: str) -> str | None:
        store = SQLAlchemyInstallationStore(client_id=CLIENT_ID, engine=self.services.store.engine)
        bot = store.find_bot(enterprise_id=None, team_id=team)
        return bot.bot_token if bot else None

    def reply(self, team: str, text: str) -> str:
        """What `/digest <text>` answers in NEWS of `team` (through its response_url)."""
        before = len(self.slack.responses)
        delivery = self.sender(team).command(
            text, channel=NEWS, response_url=self.slack.response_url()
        )
        assert delivery.status == 200
        self.slack.wait_for_response(count=before + 1, timeout=30)
        body = self.slack.responses[before]
        return str(body.get("text", "")) + str(body.get("blocks", ""))


@pytest.fixture
def oauth_bot(slack: SlackStandIn, tmp_path, database_url: str) -> Iterator[OAuthBot]:
    settings = bot_settings(
        slack,
        tmp_path,
        slack_bot_token=None,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        database_url=database_url,
    )
    services = build_services(settings)
    app = create_app(settings, services)
    server, sender = serve(app)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield OAuthBot(slack, services, Installer(base), sender.events_url)
    server.shutdown()
    server.server_close()
    services.close()


def test_install_checks_the_state_and_stores_the_installation(oauth_bot: OAuthBot) -> None:
    code = oauth_bot.slack.add_workspace(TEAM_A, TOKEN_A)
    installer = oauth_bot.installer

    state, cookie = installer.start()
    forged = installer.finish(code, "forged-state", cookie)
    assert forged.status >= 400 and oauth_bot.bot_token(TEAM_A) is None
    no_cookie = installer.finish(code, state, None)  # another browser than the installer's
    assert no_cookie.status >= 400 and oauth_bot.bot_token(TEAM_A) is None

    state, cookie = installer.start()
    done = installer.finish(code, state, cookie)
    assert done.status == 200
    assert oauth_bot.bot_token(TEAM_A) == TOKEN_A
    [exchange] = oauth_bot.slack.calls_to("oauth.v2.access")
    assert exchange["code"] == code
    again = installer.finish(code, state, cookie)  # a state is good for one install
    assert again.status >= 400


def test_two_workspaces_never_see_each_others_digests(oauth_bot: OAuthBot) -> None:
    slack = oauth_bot.slack
    for team, token in ((TEAM_A, TOKEN_A), (TEAM_B, TOKEN_B)):
        code = slack.add_workspace(team, token)
        state, cookie = oauth_bot.installer.start()
        assert oauth_bot.installer.finish(code, state, cookie).status == 200
        assert oauth_bot.bot_token(team) == token

    oauth_bot.sender(TEAM_A).command(FERRY_TEXT, channel=NEWS, response_url=slack.response_url())
    [parent] = slack.wait_for(
        "chat.postMessage", where=lambda c: FERRY_TITLE in c.all_text(), timeout=60
    )
    wait_for(lambda: all(p.completed for p in oauth_bot.services.store.posts_since(NEWS)))
    # Everything the bot posted for workspace A went out with A's own token.
    assert parent.token == TOKEN_A
    assert {c.token for c in slack.posts(NEWS)} == {TOKEN_A}

    assert FERRY_TITLE in oauth_bot.reply(TEAM_A, "status")
    assert FERRY_TITLE in oauth_bot.reply(TEAM_A, "who Olla Brandvik")
    assert FERRY_TITLE not in oauth_bot.reply(TEAM_B, "status")
    assert FERRY_TITLE not in oauth_bot.reply(TEAM_B, "who Olla Brandvik")
