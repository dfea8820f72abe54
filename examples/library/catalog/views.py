import requests
from django.conf import settings
from django.db import connection
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from .models import Loan, Member


def outstanding_loans(request):
    """Desk view: every book that is out right now."""
    rows = []
    for loan in Loan.objects.filter(returned=False):
        rows.append((loan.book.title, loan.member.name))
    return render(request, "catalog/outstanding.html", {"rows": rows})


def member_loans(request, member_id):
    member = get_object_or_404(Member, pk=member_id)
    loans = (
        Loan.objects.select_related("book", "member")
        .filter(member=member, returned=False)
        .order_by("due")
    )
    today = timezone.localdate()
    return render(
        request,
        "catalog/member_loans.html",
        {"member": member, "loans": loans, "today": today},
    )


def search(request):
    q = request.GET.get("q", "").strip()
    results = []
    if q:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, title FROM catalog_book WHERE title LIKE '%{q}%'")
            results = cursor.fetchall()
    return render(request, "catalog/search.html", {"q": q, "results": results})


def book_detail(request, book_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title, isbn, copies FROM catalog_book WHERE id = %s", [book_id])
        row = cursor.fetchone()
    if row is None:
        raise Http404("No such book")
    book = {"id": row[0], "title": row[1], "isbn": row[2], "copies": row[3]}

    # Show the cover when Open Library has one.
    cover = requests.get(f"{settings.COVER_API_URL}/{book['isbn']}-M.json", timeout=10)
    book["cover_url"] = cover.json().get("url") if cover.ok else None

    on_loan = Loan.objects.filter(book_id=book_id, returned=False).count()
    book["available"] = max(book["copies"] - on_loan, 0)
    return render(request, "catalog/book_detail.html", {"book": book})
