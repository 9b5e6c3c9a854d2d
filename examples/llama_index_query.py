"""Ask the assistant through llama-index and print the cited answer and its sources.

Run from the project root:  .venv/bin/python examples/llama_index_query.py "Vad ansvarar nämnden för?"
"""

import sys

if len(sys.argv) != 2 or not sys.argv[1].strip():
    sys.exit('Ange en fråga, till exempel: .venv/bin/python examples/llama_index_query.py "Vad ansvarar nämnden för?"')

from assistant.llamaindex import AssistantQueryEngine, AssistantRetriever
retriever = AssistantRetriever.from_settings()  # the index the ASSISTANT_* settings point at
engine = AssistantQueryEngine(retriever)  # llm=… (or llama-index Settings.llm): that model writes the answer
response = engine.query(sys.argv[1])
print(response, *(f"[{n.metadata['rank']}] {n.metadata['title']} – {n.metadata['section']}" for n in response.source_nodes), sep="\n")
