import requests
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from ..db import get_db
from ..models import Item
from ..settings import SUPPLIER_API

router = APIRouter(prefix="/items")


@router.get("/")
def list_items(db: Session = Depends(get_db)):
    items = db.scalars(select(Item).order_by(Item.name)).all()
    return [{"sku": item.sku, "warehouse": item.warehouse.name} for item in items]


@router.get("/by-warehouse")
def items_by_warehouse(db: Session = Depends(get_db)):
    items = db.scalars(select(Item).options(selectinload(Item.warehouse))).all()
    grouped: dict[str, list[str]] = {}
    for item in items:
        grouped.setdefault(item.warehouse.name, []).append(item.sku)
    return grouped


@router.get("/stock")
def stock_levels(db: Session = Depends(get_db)):
    items = db.scalars(select(Item)).all()
    return {item.sku: sum(move.quantity for move in item.moves) for item in items}


@router.get("/search")
def search_items(q: str, db: Session = Depends(get_db)):
    rows = db.execute(text(f"SELECT sku, name FROM items WHERE name ILIKE '%{q}%' LIMIT 50")).all()
    return [dict(row._mapping) for row in rows]


@router.get("/{sku}")
def item_by_sku(sku: str, db: Session = Depends(get_db)):
    row = db.execute(text("SELECT sku, name FROM items WHERE sku = :sku"), {"sku": sku}).first()
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row._mapping)


@router.post("/{sku}/reorder")
async def reorder(sku: str, quantity: int):
    reply = requests.post(f"{SUPPLIER_API}/orders", json={"sku": sku, "quantity": quantity}, timeout=10)
    return {"accepted": reply.ok}
