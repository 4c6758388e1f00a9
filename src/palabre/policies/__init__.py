"""The moderation engine: the policy, its checks, lexicons and models.

The compiled build of the engine is put in front of its sources here, before any of its
modules loads, when a current one exists (see ``palabre.policies.compiled``).
"""

from palabre.policies.compiled import install

install()
