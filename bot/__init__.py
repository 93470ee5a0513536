"""The Slack side: adapts the digest engine to Slack (Bolt app, listeners, store, intake)."""
