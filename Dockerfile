# Lookout: the live bots (`lookout run`) in a container. README.md, "Running it in containers".
# Build: docker build -t lookout .    Run: see compose.yaml (the bot plus PostgreSQL).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
# Only what the installed package needs: no tests, examples, eval data or benchmarks in the image.
COPY pyproject.toml README.md ./
COPY rules ./rules
COPY bot ./bot
COPY storage ./storage
RUN pip install . && rm -rf /src

# An unprivileged user; /var/lib/lookout holds a SQLite database if you use one instead of PostgreSQL.
RUN useradd --system --uid 10001 --home-dir /var/lib/lookout --create-home lookout
USER lookout
WORKDIR /var/lib/lookout
# The case seal key lives here, on a volume of its own (compose.yaml): outside the database and its
# backups, and kept when the container is replaced. Created at first start, mode 0600.
RUN mkdir -m 0700 /var/lib/lookout/keys

# /metrics, /healthz and /readyz, when [metrics] enabled = true with listen = "0.0.0.0" (deploy/config.toml).
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9464/healthz', timeout=4).status != 200)"]

# SIGTERM stops the bot cleanly: it stops reading, finishes what it read, and saves its state.
STOPSIGNAL SIGTERM
ENTRYPOINT ["lookout"]
CMD ["run", "--config", "/etc/lookout/config.toml"]
