"""Quotes and who said them: quote spans, speaker cues and subjects, attribution."""
