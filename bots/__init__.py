"""Bots: one module per bot, each a function decorated with @bot."""
