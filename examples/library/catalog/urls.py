from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("loans/outstanding/", views.outstanding_loans, name="outstanding-loans"),
    path("members/<int:member_id>/loans/", views.member_loans, name="member-loans"),
    path("search/", views.search, name="search"),
    path("books/<int:book_id>/", views.book_detail, name="book-detail"),
]
