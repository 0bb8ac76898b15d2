"""Customers and the services the cooperative sells them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, TimestampMixin, VersionedMixin, enum_column
from .enums import CustomerKind, Language
from .search import keep_search_keys, keyed


class ServiceUnit(StrEnum):
    """The units a service is sold in (stored as these codes in `service.unit`)."""

    HOUR = "h"
    PIECE = "pcs"
    KM = "km"
    DAY = "day"


class PriceList(Base):
    """Superseded by `CustomerPrice` (its rows were moved there); kept for customer's key."""

    __tablename__ = "price_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)

    items: Mapped[list[PriceListItem]] = relationship(back_populates="price_list")


class Service(Base):
    """Something sold: name per language, unit and VAT code; its dated prices in ServicePrice."""

    __tablename__ = "service"
    __table_args__ = (CheckConstraint("unit_price >= 0", name="unit_price"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(10), default="h")
    # The newest dated list price, kept in step by app.services.pricing for lists to show;
    # what a day's work costs is always read from ServicePrice (pricing.price_for).
    unit_price: Mapped[Decimal] = mapped_column(Money())
    vat_code: Mapped[str] = mapped_column(String(20), default="general")
    # The work part counts towards the household tax credit (kotitalousvähennys).
    household_deductible: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    prices: Mapped[list[ServicePrice]] = relationship(
        back_populates="service", order_by="ServicePrice.valid_from"
    )

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name_fi


class ServicePrice(Base):
    """The list price of a service from one day on: a change adds a row, the past keeps its
    price. Periods of one service never overlap (checked by app.services.pricing)."""

    __tablename__ = "service_price"
    __table_args__ = (
        UniqueConstraint("service_id", "valid_from"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    # Inclusive; None = until further notice.
    valid_to: Mapped[date | None] = mapped_column(Date)
    unit_price: Mapped[Decimal] = mapped_column(Money())

    service: Mapped[Service] = relationship(back_populates="prices")


class CustomerPrice(Base):
    """A price agreed with one customer for one service over a period; wins over the list."""

    __tablename__ = "customer_price"
    __table_args__ = (
        UniqueConstraint("customer_id", "service_id", "valid_from"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        Index("ix_customer_price_service_id", "service_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    unit_price: Mapped[Decimal] = mapped_column(Money())

    service: Mapped[Service] = relationship()


class PriceListItem(Base):
    """Superseded by `CustomerPrice`, like PriceList."""

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
    # No longer used: agreed prices are CustomerPrice rows.
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    # Households get the work share on their invoices for the household tax credit.
    household_tax_credit: Mapped[bool] = mapped_column(default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    price_list: Mapped[PriceList | None] = relationship()


keep_search_keys(Customer, {"search_name": ("name",)})
