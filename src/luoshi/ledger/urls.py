from django.urls import include, path

from luoshi.ledger.views import (
    api,
    attachments,
    bulletins,
    dashboard,
    exports,
    feedback,
    instructions,
    items,
    public,
    public_feedback,
    sources,
    units,
)

app_name = "ledger"
urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    # 立项: import and review
    path("sources/", sources.source_list, name="source_list"),
    path("sources/new/", sources.source_new, name="source_new"),
    path("sources/<int:pk>/", sources.source_review, name="source_review"),
    path("sources/<int:pk>/proposals/add/", sources.proposal_add, name="proposal_add"),
    path("sources/<int:pk>/proposals/merge/", sources.proposal_merge, name="proposal_merge"),
    path("sources/<int:pk>/proposals/<int:proposal_pk>/<slug:op>/", sources.proposal_action, name="proposal_action"),
    path("sources/<int:pk>/file/", sources.source_file, name="source_file"),
    path("sources/<int:pk>/bulk-assign/", sources.source_bulk_assign, name="source_bulk_assign"),
    path("sources/<int:pk>/instructions/", instructions.source_instructions, name="source_instructions"),
    # 任务分解表 exports (xlsx/docx) of a document's items or of the filtered list (same GET filters as items/)
    path("exports/items.<slug:fmt>", exports.item_export, name="item_export"),
    path("exports/sources/<int:pk>.<slug:fmt>", exports.source_export, name="source_export"),
    # 进度通报, 考评 and 约谈
    path("reports/bulletin/", bulletins.bulletin, name="bulletin"),
    path("reports/bulletin.docx", bulletins.bulletin_docx, name="bulletin_docx"),
    path("reports/assessment/", bulletins.assessment, name="assessment"),
    # 码上督: citizens' feedback as 核查 sub-items, answered by units, approved by the supervisor
    path("feedback/", feedback.feedback_list, name="feedback_list"),
    path("feedback/<int:pk>/answer/", feedback.feedback_answer, name="feedback_answer"),
    path("feedback/<int:pk>/review/", feedback.feedback_review, name="feedback_review"),
    path("units/<int:pk>/qr-sheet/", public.qr_sheet, name="qr_sheet"),
    # the public side: no login
    path("public/", public.scoreboard, name="public_scoreboard"),
    path("public/units/<int:pk>/", public.unit_scoreboard, name="public_unit"),
    path("public/items/<str:number>/", public.item_page, name="public_item"),
    path("public/feedback/", public_feedback.feedback_lookup, name="public_feedback_lookup"),
    path("public/feedback/<str:code>/", public_feedback.feedback_status, name="public_feedback_status"),
    path("public/items/<str:number>/qr.<slug:fmt>", public.item_qr, name="public_item_qr"),
    # the items and the 督办 cycle
    path("items/", items.item_list, name="item_list"),
    path("items/bulk-assign/", items.bulk_assign, name="item_bulk_assign"),
    path("items/<str:number>/", items.item_detail, name="item_detail"),
    path("items/<str:number>/<slug:action>/", items.item_action, name="item_action"),
    path("extensions/<int:pk>/decide/", items.extension_decide, name="extension_decide"),
    path("milestones/<int:pk>/done/", items.milestone_done, name="milestone_done"),
    path("attachments/<int:pk>/", attachments.download, name="attachment"),
    path("attachments/<int:pk>/publish/", attachments.publish, name="attachment_publish"),
    # units and people
    path("units/", units.unit_list, name="unit_list"),
    path("units/<int:pk>/", units.unit_detail, name="unit_detail"),
    path("units/<int:pk>/accounts/<int:user_pk>/", units.account_action, name="unit_account"),
    # notifications outside the app: each unit's e-mail / 钉钉 / 企业微信 channels, the outbox and its log
    path("notify/", include("luoshi.ledger.notify.urls")),
    # read-only JSON, scoped like the pages
    path("api/items/", api.item_list, name="api_item_list"),
    path("api/items/<str:number>/", api.item_detail, name="api_item_detail"),
]
