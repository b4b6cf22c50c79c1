"""python -m filings"""

from filings.cli import main

main()
