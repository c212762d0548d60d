"""The transition table is what the permissions, the workflow and the item page read: check it holds together."""

from __future__ import annotations

import inspect

from luoshi.ledger import forms, workflow
from luoshi.ledger.models import Item
from luoshi.ledger.permissions import ACTIONS, PAGES
from luoshi.ledger.transitions import TRANSITIONS


def test_every_transition_names_a_workflow_function_taking_its_subject():
    for action, transition in TRANSITIONS.items():
        assert transition.action == action
        function = getattr(workflow, transition.perform)
        first, second = list(inspect.signature(function).parameters)[:2]
        assert first == "user", action
        assert second == {"item": "item", "extension": "request", "milestone": "milestone"}[transition.subject]


def test_cards_are_action_forms_with_a_heading():
    for transition in TRANSITIONS.values():
        if transition.form is not None and transition.subject == "item":
            assert issubclass(transition.form, forms.ActionForm)
            assert transition.title


def test_states_are_item_states_and_roles_reach_the_permissions():
    for transition in TRANSITIONS.values():
        assert transition.states and transition.states <= set(Item.Status)
        assert ACTIONS[transition.action] == transition.roles
    assert not set(PAGES) & set(TRANSITIONS)


def test_the_edit_card_edits_exactly_the_editable_fields():
    assert set(forms.EditForm.base_fields) - {"version"} == set(workflow.EDITABLE_FIELDS)
