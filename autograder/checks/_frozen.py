"""Modules whose attributes cannot be rebound: a submission cannot swap a check for a fake.

Test cells run in the student's kernel, so ``checks.check_close = lambda *a, **k: None``
would otherwise turn every later test green. Names may still be *added* (the import
system adds submodules to their package), but an existing name is never replaced or
deleted. This is one layer; the grader also scans submissions for tampering.
"""

import sys
import types


class FrozenModule(types.ModuleType):
    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError(
                f"{self.__name__}.{name} is part of the course's grading checks and cannot "
                "be replaced by a submission")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        raise AttributeError(f"{self.__name__}.{name} cannot be deleted")


def freeze(module_name: str) -> None:
    sys.modules[module_name].__class__ = FrozenModule
