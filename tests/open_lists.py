"""A made-up list that prints its people's names unclosed, as BMJ's lists do ("Roe J, Doe AB
Title"): shared by the tests of open names and of the bodies' names such lists print."""

OPEN_PEOPLE = """\
1. Roe J, Doe AB A made-up study of examples. J Made Up 2030;12:3-9.
2. Poe C, Moe D Another invented study. J Made Up 2030;12:10-19.
3. Loe E, Koe F, et al Further pretend work on things. J Made Up 2031;13:1-9.
4. Soe G Yet more invented findings. J Made Up 2031;13:10-19.
5. Toe H, Voe I The last invented paper. J Made Up 2032;14:1-9.
"""
