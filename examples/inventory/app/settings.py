import os

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://inventory@localhost/inventory")
SUPPLIER_API = os.environ.get("SUPPLIER_API", "https://supplier.example/api")
