"""Mini-games: short games through which the system scores the player.

Each game is a pure model (``GameModel`` in ``base``; no pygame) plus a view that draws
it; ``registry`` finds both by the name a level file uses.
"""
