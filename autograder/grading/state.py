"""Per-student result files that make a run resumable.

``<state>/results/<student>.json`` is written (atomically) *before* the result is
recorded in the gradebook, with ``recorded: false`` and the whole payload (executed
notebook, feedback); after recording it is rewritten with ``recorded: true`` and without
the payload. A run that is interrupted at any point therefore resumes exactly:

- recorded and the submission unchanged: skipped (never graded twice);
- written but not recorded: recorded from the file, without executing again;
- no file, or the submission changed since: graded.
"""

import base64
import dataclasses
import json
import os
from pathlib import Path
from urllib.parse import quote

from .worker import Result


class State:
    def __init__(self, folder: Path):
        self.folder = folder / "results"
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, student: str) -> Path:
        return self.folder / f"{quote(student, safe='')}.json"

    def load(self, student: str) -> dict | None:
        path = self._path(student)
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return None

    def save(self, result: Result, recorded: bool, run_id: str, scores: dict | None = None) -> None:
        data = dataclasses.asdict(result)
        for key in ("autograded", "feedback"):
            data[key] = {} if recorded else {k: base64.b64encode(v).decode() for k, v in data[key].items()}
        data.update(recorded=recorded, run_id=run_id)
        if scores is not None:
            data["scores"] = scores
        path = self._path(result.student)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    @staticmethod
    def to_result(data: dict) -> Result:
        fields = {f.name for f in dataclasses.fields(Result)}
        result = Result(**{k: v for k, v in data.items() if k in fields})
        for key in ("autograded", "feedback"):
            setattr(result, key, {k: base64.b64decode(v) for k, v in getattr(result, key).items()})
        return result

    def all(self) -> list[dict]:
        return [json.loads(p.read_text()) for p in sorted(self.folder.glob("*.json"))]

    def clear(self) -> None:
        for p in self.folder.glob("*.json"):
            p.unlink()
