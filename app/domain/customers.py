"""Customers and the services the cooperative sells them."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, TimestampMixin, VersionedMixin, enum_column
from .enums import CustomerKind, Language
from .search import keep_search_keys, keyed


class PriceList(Base):
    __tablename__ = "price_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    items: Mapped[list[PriceListItem]] = relationship(back_populates="price_list")


class Service(Base):
    """Something sold: name per language, unit, default net unit price and VAT code."""

    __tablename__ = "service"
    __table_args__ = (CheckConstraint("unit_price >= 0", name="unit_price"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(10), default="h")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    vat_code: Mapped[str] = mapped_column(String(20), default="general")
    # The work part counts towards the household tax credit (kotitalousvähennys).
    household_deductible: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name_fi


class PriceListItem(Base):
    __tablename__ = "price_list_item"
    __table_args__ = (
        UniqueConstraint("price_list_id", "service_id"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    price_list_id: Mapped[int] = mapped_column(ForeignKey("price_list.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    unit_price: Mapped[Decimal] = mapped_column(Money())

    price_list: Mapped[PriceList] = relationship(back_populates="items")
    service: Mapped[Service] = relationship()


class Customer(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("payment_term_days IS NULL OR payment_term_days >= 0", name="payment_term"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[int] = mapped_column(unique=True)
    kind: Mapped[CustomerKind] = mapped_column(enum_column(CustomerKind, "customer_kind"))
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Casefolded name for searching and sorting in SQL.
    search_name: Mapped[str] = mapped_column(String(200), default=keyed("name"), index=True)
    business_id: Mapped[str] = mapped_column(String(9), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    language: Mapped[Language] = mapped_column(
        enum_column(Language, "language"), default=Language.FI
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    einvoice_address: Mapped[str] = mapped_column(String(35), default="")
    einvoice_operator: Mapped[str] = mapped_column(String(35), default="")
    payment_term_days: Mapped[int | None]
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    price_list: Mapped[PriceList | None] = relationship()


keep_search_keys(Customer, {"search_name": ("name",)})
