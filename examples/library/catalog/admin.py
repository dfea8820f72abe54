from django.contrib import admin

from .models import Author, Book, Loan, Member


@admin.register(Book)
class BookAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "isbn", "copies")
    list_select_related = ("author",)
    search_fields = ("title", "isbn")


@admin.register(Loan)
class LoanAdmin(admin.ModelAdmin):
    list_display = ("book", "member", "due", "returned")
    list_select_related = ("book", "member")
    list_filter = ("returned",)


admin.site.register(Author)
admin.site.register(Member)
