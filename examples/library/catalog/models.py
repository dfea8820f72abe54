from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class Author(models.Model):
    name = models.CharField(max_length=200)
    born = models.IntegerField(null=True, blank=True)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=300)
    isbn = models.CharField(max_length=13, unique=True)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="books")
    published = models.IntegerField(null=True, blank=True)
    copies = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Member(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField(unique=True)
    joined = models.DateField(auto_now_add=True)

    def __str__(self):
        return self.name


def default_due_date():
    return timezone.localdate() + timedelta(days=settings.LOAN_PERIOD_DAYS)


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="loans")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans", db_index=False)
    borrowed = models.DateField(auto_now_add=True)
    due = models.DateField(default=default_due_date)
    returned = models.BooleanField(default=False)

    def is_overdue(self):
        return not self.returned and self.due < timezone.localdate()

    def __str__(self):
        return f"{self.book} → {self.member}"
