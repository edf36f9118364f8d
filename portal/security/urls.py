from django.urls import path

from portal.security import views

app_name = "two_factor"

urlpatterns = [
    path("", views.manage, name="manage"),
    path("verify/", views.verify, name="verify"),
    path("enrol/", views.enrol, name="enrol"),
    path("recovery-codes/", views.renew_recovery_codes, name="recovery_codes"),
    path("unlock/<int:user_id>/", views.unlock_user, name="unlock"),
]
