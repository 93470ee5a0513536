"""Settings: defaults, the Web API base URL, and secrets that never print."""

from __future__ import annotations

from pathlib import Path

from bot.settings import DEFAULT_SLACK_API_URL, Settings


def test_defaults_are_safe():
    settings = Settings(_env_file=None, slack_bot_token="xoxb-1", slack_signing_secret="s")
    assert settings.slack_api_url == DEFAULT_SLACK_API_URL
    assert settings.allow_private_urls is False
    assert not settings.socket_mode
    assert settings.missing_credentials() == []


def test_api_url_gets_its_trailing_slash():
    settings = Settings(_env_file=None, slack_api_url="https://slack-gov.com/api")
    assert settings.slack_api_url == "https://slack-gov.com/api/"


def test_socket_mode_needs_no_signing_secret():
    settings = Settings(_env_file=None, slack_bot_token="xoxb-1", slack_app_token="xapp-1")
    assert settings.socket_mode
    assert settings.missing_credentials() == []


def test_secrets_never_show_in_repr():
    settings = Settings(
        _env_file=None, slack_bot_token="xoxb-secret", slack_signing_secret="signing-secret"
    )
    assert "xoxb-secret" not in repr(settings)
    assert "signing-secret" not in str(settings)


def test_settings_come_from_env_file(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("SLACK_BOT_TOKEN=xoxb-from-file\nALLOW_PRIVATE_URLS=true\nPORT=8123\n")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("ALLOW_PRIVATE_URLS", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    settings = Settings(_env_file=env)
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-file"
    assert settings.allow_private_urls is True
    assert settings.port == 8123


def test_every_setting_is_documented_in_env_example():
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    # Set (required) or commented out at its default: `NAME=...` or `# NAME=...`.
    documented = {
        line.removeprefix("#").strip().split("=", 1)[0]
        for line in example.splitlines()
        if "=" in line
    }
    missing = [name.upper() for name in Settings.model_fields if name.upper() not in documented]
    assert missing == []


def test_an_empty_value_means_unset_in_the_environment_and_in_env_files(tmp_path, monkeypatch):
    # What `docker run --env-file` makes of `NAME=`: a real, empty variable.
    for name in ("PORT", "HEALTH_PORT", "SLACK_CLIENT_ID", "DIGEST_TIME_LIMIT", "HOST"):
        monkeypatch.setenv(name, "")
    env = tmp_path / ".env"
    env.write_text("SLACK_CLIENT_SECRET=\nLOG_FORMAT=\nHTTP_THREADS=\n")
    settings = Settings(_env_file=env)
    assert settings.port == 3000 and settings.host == "0.0.0.0"
    assert settings.health_port is None and settings.digest_time_limit == 120
    assert settings.slack_client_id == "" and settings.slack_client_secret is None
    assert settings.log_format == "text" and settings.http_threads == 8
    assert not settings.oauth_on
