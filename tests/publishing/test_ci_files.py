"""The CI files for GitHub and GitLab parse and do what the issue asks: tests on merge requests,
build with the cache, publish on main, and a nightly rebuild."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def load(path: str) -> dict:
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def steps_text(job: dict) -> str:
    return "\n".join(str(step) for step in job.get("steps", job.get("script", [])))


def test_github_workflow():
    workflow = load(".github/workflows/site.yml")
    events = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert set(events) >= {"pull_request", "push", "schedule"}
    assert events["push"]["branches"] == ["main"]
    assert events["schedule"][0]["cron"]
    jobs = workflow["jobs"]
    assert "bash .ci/run" in steps_text(jobs["test"])
    assert "invoke publish" in steps_text(jobs["publish"])
    assert "actions/cache" in steps_text(jobs["publish"]) and ".cache" in steps_text(
        jobs["publish"]
    )
    assert "refs/heads/main" in jobs["publish"]["if"]


def test_gitlab_pipeline():
    pipeline = load(".gitlab-ci.yml")
    assert pipeline["cache"]["paths"] == [".cache/"]
    assert pipeline["test"]["script"] == ["bash .ci/run"]
    assert "merge_request_event" in str(pipeline["test"]["rules"])
    publish_rules = str(pipeline["publish"]["rules"])
    assert "schedule" in publish_rules and "CI_DEFAULT_BRANCH" in publish_rules
    assert pipeline["publish"]["script"][-1] == ".venv/bin/invoke publish"
