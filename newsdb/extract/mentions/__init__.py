"""Mentions: typed spans of an article (money, dates, organizations, people, products)."""
