"""The use cases: the only code that opens a session, one transaction per public call.

``Services`` is the one facade the screens and the command line call; each feature is a class of its own
module (rounds, participation, results, equity, actions, transfer, backups, reports, plans, demo, live, links,
reflections, networks) over ``base``.
"""

from __future__ import annotations

from assessment.usecases.backups import Backups
from assessment.usecases.demo import DemoData
from assessment.usecases.demo_network import DemoNetwork
from assessment.usecases.links import Links
from assessment.usecases.live import Live
from assessment.usecases.networks import Networks
from assessment.usecases.participation import Participation
from assessment.usecases.plans import Plans
from assessment.usecases.reflections import Reflections
from assessment.usecases.reports import Reports


class Services(Participation, Plans, Reports, Networks, Backups, DemoData, DemoNetwork, Live, Links, Reflections):
    """The app's use cases over one database."""


__all__ = ["Services"]
