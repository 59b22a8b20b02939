"""The site's canonical building blocks: each defined once here, NumPy only, stable for every input.

A page program that needs one carries a verbatim copy (docstring whole or its first line), checked
by ``tests/test_building_blocks.py`` and rewritten by ``make sync-blocks``. Each block is
gradient-checked by finite differences (``tests/nn``) and cross-checked against PyTorch autograd
(``tests/torch``, ``make test-torch``).
"""
