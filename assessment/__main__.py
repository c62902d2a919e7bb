"""`python -m assessment`: the command line."""

import sys

from assessment.cli import main

sys.exit(main())
