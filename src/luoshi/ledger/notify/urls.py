from django.urls import path

from luoshi.ledger.notify import views

app_name = "notify"
urlpatterns = [
    path("", views.channel_list, name="channel_list"),
    path("channels/new/", views.channel_new, name="channel_new"),
    path("channels/<int:pk>/", views.channel_edit, name="channel_edit"),
    path("channels/<int:pk>/toggle/", views.channel_toggle, name="channel_toggle"),
    path("channels/<int:pk>/test/", views.channel_test, name="channel_test"),
    path("outbox/", views.message_list, name="message_list"),
    path("outbox/<int:pk>/", views.message_detail, name="message_detail"),
    path("outbox/<int:pk>/retry/", views.message_retry, name="message_retry"),
]
