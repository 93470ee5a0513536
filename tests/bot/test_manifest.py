"""manifest.yml: valid against Slack's app manifest JSON schema (../shared/slack/, skipped
where that folder is absent), and declaring every scope, event and shortcut the code uses.

The schema checks key names and shapes, not which scopes or events exist, so the second half
reads the code: each Web API method any module in bot/ calls, each event a listener is
registered for, each shortcut callback id, mapped to what Slack requires for it. A method
missing from `METHOD_SCOPES` fails the test until someone says which scope it needs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from bot.listeners.shortcuts import DIGEST_MESSAGE

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "manifest.yml"
SCHEMAS = ROOT.parent / "shared" / "slack"

# Web API method (as slack_sdk names it) -> the bot scopes it needs, any one of which may do
# (public or private conversations); () for methods that need none.
METHOD_SCOPES: dict[str, tuple[str, ...]] = {
    "auth_test": (),
    "chat_postMessage": ("chat:write",),
    "chat_postEphemeral": ("chat:write",),
    "chat_update": ("chat:write",),
    "chat_getPermalink": (),
    "chat_unfurl": ("links:write",),
    "conversations_info": ("channels:read", "groups:read"),
    "conversations_members": ("channels:read", "groups:read"),
    "conversations_history": ("channels:history", "groups:history"),
    "conversations_replies": ("channels:history", "groups:history"),
    "users_conversations": ("channels:read", "groups:read"),
    "users_info": ("users:read",),
    "reactions_add": ("reactions:write",),
    "views_publish": (),
    "team_info": ("team:read",),
}
# Bolt event name -> the Events API subscriptions it stands for, and their scopes.
EVENT_SUBSCRIPTIONS: dict[str, dict[str, str | None]] = {
    "app_mention": {"app_mention": "app_mentions:read"},
    "message": {
        "message.channels": "channels:history",
        "message.groups": "groups:history",
        "message.im": "im:history",
    },
    "link_shared": {"link_shared": "links:read"},
    "app_home_opened": {"app_home_opened": None},
    "app_uninstalled": {"app_uninstalled": None},
    "tokens_revoked": {"tokens_revoked": None},
}

CLIENT_CALL = re.compile(r"client\.([a-z]+_[A-Za-z_]+)\(")
METHOD_BY_NAME = re.compile(r"\"((?:conversations|chat|users|reactions|views)_[A-Za-z]+)\"")
EVENT_LISTENER = re.compile(r"app\.event\(\s*\"([a-z_.]+)\"")


def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def bot_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "bot").rglob("*.py")))


@pytest.mark.parametrize("version", ["1.0.0", "2.0.0"])
def test_the_manifest_is_valid_against_slacks_schema(version):
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = SCHEMAS / f"manifest.schema.{version}.json"
    if not schema_file.exists():
        pytest.skip(f"{schema_file} is absent (Slack's schemas live in ../shared/slack/)")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(manifest()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_every_web_api_method_the_code_calls_has_its_scope_declared():
    sources = bot_sources()
    called = set(CLIENT_CALL.findall(sources)) | set(METHOD_BY_NAME.findall(sources))
    assert "chat_postMessage" in called and "reactions_add" in called  # the scan works
    unknown = sorted(called - METHOD_SCOPES.keys())
    assert not unknown, f"add these Web API methods to METHOD_SCOPES with their scopes: {unknown}"
    declared = set(manifest()["oauth_config"]["scopes"]["bot"])
    missing = {
        method: needs
        for method in called
        if (needs := METHOD_SCOPES[method]) and not set(needs) <= declared
    }
    assert not missing, f"manifest.yml lacks scopes for: {missing}"


def test_every_event_a_listener_handles_is_subscribed_with_its_scope():
    sources = bot_sources()
    handled = set(EVENT_LISTENER.findall(sources))
    assert {"app_mention", "message", "app_home_opened"} <= handled  # the scan works
    data = manifest()
    subscribed = set(data["settings"]["event_subscriptions"]["bot_events"])
    scopes = set(data["oauth_config"]["scopes"]["bot"])
    for event in handled:
        assert event in EVENT_SUBSCRIPTIONS, f"say which subscriptions `{event}` stands for"
        for subscription, scope in EVENT_SUBSCRIPTIONS[event].items():
            assert subscription in subscribed, f"manifest.yml does not subscribe {subscription}"
            assert scope is None or scope in scopes, f"{subscription} needs the scope {scope}"
    # Nothing subscribed that no listener handles (Slack would send it for nothing).
    handled_subscriptions = {s for e in handled for s in EVENT_SUBSCRIPTIONS[e]}
    assert subscribed <= handled_subscriptions


def test_the_shortcut_home_tab_and_messages_tab_are_declared():
    data = manifest()
    [shortcut] = data["features"]["shortcuts"]
    assert shortcut["callback_id"] == DIGEST_MESSAGE
    assert shortcut["type"] == "message"
    assert shortcut["name"] == "Digest this article"
    assert data["settings"]["interactivity"]["is_enabled"] is True  # shortcuts need it
    assert "commands" in data["oauth_config"]["scopes"]["bot"]  # so do they
    home = data["features"]["app_home"]
    assert home["home_tab_enabled"] is True
    assert home["messages_tab_enabled"] is True
    assert home["messages_tab_read_only_enabled"] is False  # people write to the bot there
