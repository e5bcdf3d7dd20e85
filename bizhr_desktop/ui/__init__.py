"""Qt widgets and models. The only package that imports Qt."""
