"""Text: tokens, language, word lists and the one normalization of words and names."""
