"""The people an article names.

Name shapes, roles, the cast (one Person per human) and its ranking.
"""
