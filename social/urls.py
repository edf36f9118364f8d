from django.urls import path

from social import views

app_name = "social"

urlpatterns = [
    path("share/<int:page_id>/", views.share, name="share"),
    path("posts/<int:post_id>/reschedule/", views.reschedule, name="reschedule"),
    path("posts/<int:post_id>/confirm-posted/", views.confirm_posted, name="confirm_posted"),
    path("posts/<int:post_id>/<slug:action>/", views.act, name="act"),
]
