"""Meetings and demands: triggers, parties, time and place, and their assembly."""
