"""Run filings from a checkout without installing it: python cli.py --help"""

from filings.cli import main

if __name__ == "__main__":
    main()
