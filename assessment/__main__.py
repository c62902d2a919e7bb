"""`python -m assessment`: the command line."""

import sys

from assessment.cli.main import main

sys.exit(main())
