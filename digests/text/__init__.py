"""Getting an article's text.

Loading files and links (with the address guard), fetching, budgets, the spaCy model.
"""
