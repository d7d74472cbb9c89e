"""Check kinds for declarative YAML rules (after Vale): each kind is a Rule subclass built from data."""

from .consistency import ConsistencyCheck
from .existence import ExistenceCheck
from .substitution import SubstitutionCheck

KINDS = {"existence": ExistenceCheck, "substitution": SubstitutionCheck, "consistency": ConsistencyCheck}
