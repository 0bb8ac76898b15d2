"""Vocabularies of coaching that only the coaching records use."""

from __future__ import annotations

from enum import StrEnum


class Track(StrEnum):
    """The three groups of people the source model serves."""

    # (1) Able to work; only the work is missing.
    WORK_ONLY_MISSING = "work_only_missing"
    # (2) Needs coaching and supported work in the cooperative.
    COACHING_AND_SUPPORTED_WORK = "coaching_and_supported_work"
    # (3) Participation work (osallistava työ).
    PARTICIPATION_WORK = "participation_work"


class SupportRole(StrEnum):
    EMPLOYMENT_SERVICES = "employment_services"
    SOCIAL_WORKER = "social_worker"
    MENTAL_HEALTH_NURSE = "mental_health_nurse"
    PARISH_DEACON = "parish_deacon"
    EMPLOYER_CONTACT = "employer_contact"
    OTHER = "other"
