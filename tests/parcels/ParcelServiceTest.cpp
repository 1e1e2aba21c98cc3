#include "ParcelFixture.h"

#include "engine/SiteSettings.h"
#include "engine/search/SearchService.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ParcelServiceTest : public ParcelFixture
{
};

TEST_P(ParcelServiceTest, ABatchIsSavedWholeWithEveryPieceCountedByUnit)
{
    // R-PS-4: counted on receipt and sorted by unit.
    const ParcelBatch b = receive(u"顺丰"_s, {line(unitId(u"3-1-601"_s), 2, u"SF1234567890"_s),
                                              line(unitId(u"3-1-502"_s), 1, {}, ParcelKind::Letter)});
    ASSERT_EQ(b.parcelIds.size(), 2);
    EXPECT_EQ(scalar(u"SELECT pieces FROM parcel_batches WHERE id = ?"_s, {b.id}), 3);
    auto list = parcels->list(ParcelFilter::ToNotify, 50);
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list.value().size(), 2);
    EXPECT_EQ(list.value().at(0).unitCode, u"3-1-502"_s); // sorted by unit
    EXPECT_EQ(list.value().at(0).residentName, u"张三"_s);
    EXPECT_EQ(list.value().at(0).residentPhone, u"13800001111"_s);
    EXPECT_EQ(list.value().at(1).pieces, 2);
    EXPECT_EQ(list.value().at(1).carrier, u"顺丰"_s);
    EXPECT_EQ(list.value().at(1).tracking, u"SF1234567890"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'parcel'"_s), 2);
}

TEST_P(ParcelServiceTest, ABatchWithACountOfZeroOrNoUnitWritesNothingAtAll)
{
    // R-PS-4: one bad line and the whole batch is refused, naming the line and the field.
    const qint64 events = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    auto zero = parcels->receive(clerk, {u"京东"_s, {line(unitId(u"3-1-502"_s)), line(unitId(u"3-1-601"_s), 0)}});
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().field, u"pieces"_s);
    EXPECT_EQ(zero.error().row, 2);
    auto noUnit = parcels->receive(clerk, {u"京东"_s, {line(0), line(unitId(u"3-1-601"_s))}});
    ASSERT_FALSE(noUnit.ok());
    EXPECT_EQ(noUnit.error().field, u"unit"_s);
    EXPECT_EQ(noUnit.error().row, 1);
    auto noCarrier = parcels->receive(clerk, {u"  "_s, {line(unitId(u"3-1-601"_s))}});
    ASSERT_FALSE(noCarrier.ok());
    EXPECT_EQ(noCarrier.error().field, u"carrier"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcel_batches"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcels"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM watches"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), events);
}

TEST_P(ParcelServiceTest, DamageOnReceiptIsRecordedAndNeedsItsNote)
{
    // R-PS-4: check condition on receipt, damage noted.
    ParcelLine torn = line(unitId(u"3-1-502"_s), 1, u"JD0098"_s);
    torn.damaged = true;
    auto refused = parcels->receive(clerk, {u"京东"_s, {torn}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"damage"_s);
    torn.damageNote = u"外箱一角压扁，有水渍"_s;
    const ParcelBatch b = receive(u"京东"_s, {torn});
    const Parcel p = parcels->find(b.parcelIds.first()).value();
    EXPECT_TRUE(p.damaged);
    EXPECT_EQ(p.damageNote, u"外箱一角压扁，有水渍"_s);
}

TEST_P(ParcelServiceTest, NotifyingOneOrAWholeUnitTakesItOffTheListToTell)
{
    // R-PS-4: deliver or notify.
    const qint64 u502 = unitId(u"3-1-502"_s);
    const ParcelBatch b = receive(u"中通"_s, {line(u502), line(u502), line(unitId(u"3-1-601"_s))});
    ASSERT_TRUE(parcels->notify(clerk, {b.parcelIds.at(2)}, NoticeWay::Sms).ok());
    EXPECT_EQ(parcels->count(ParcelFilter::ToNotify).value(), 2);
    auto noteWithoutPlace = parcels->notifyUnit(clerk, u502, NoticeWay::Note);
    ASSERT_FALSE(noteWithoutPlace.ok());
    EXPECT_EQ(noteWithoutPlace.error().field, u"note"_s);
    ASSERT_TRUE(parcels->notifyUnit(clerk, u502, NoticeWay::Phone).ok());
    EXPECT_EQ(parcels->count(ParcelFilter::ToNotify).value(), 0);
    EXPECT_EQ(parcels->count(ParcelFilter::Waiting).value(), 3);
    EXPECT_EQ(parcels->find(b.parcelIds.first()).value().notifiedMs, host.clock().nowMs());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM parcel_notices WHERE how = 'phone'"_s), 2);
}

TEST_P(ParcelServiceTest, PickupNeedsASignatureOrAReasonAndIsRefusedTwice)
{
    // R-PS-4: the recipient signs; a parcel is handed over once.
    const qint64 u502 = unitId(u"3-1-502"_s);
    const ParcelBatch b = receive(u"EMS"_s, {line(u502, 1, u"EA123"_s), line(u502, 2)});
    Signature none;
    none.signer = u"张三"_s;
    auto unsigned_ = parcels->pickUp(clerk, b.parcelIds, none);
    ASSERT_FALSE(unsigned_.ok());
    EXPECT_EQ(unsigned_.error().field, u"signature"_s);
    none.waivedReason = QString::fromLatin1(Signature::Refused);
    EXPECT_EQ(parcels->pickUp(clerk, b.parcelIds, none).error().field, u"signature"_s); // refusal needs words
    EXPECT_EQ(parcels->count(ParcelFilter::Waiting).value(), 2);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM signatures"_s), 0);

    auto signedFor = parcels->pickUp(clerk, b.parcelIds, drawn(u"张三"_s));
    ASSERT_TRUE(signedFor.ok()) << signedFor.error().message.toStdString();
    const Parcel p = parcels->find(b.parcelIds.first()).value();
    EXPECT_EQ(p.pickedUpMs, host.clock().nowMs());
    EXPECT_EQ(p.collector, u"张三"_s);
    EXPECT_EQ(p.signatureId, signedFor.value());
    EXPECT_TRUE(parcels->signature(p.signatureId).value().signedOnPad());
    EXPECT_EQ(parcels->count(ParcelFilter::Waiting).value(), 0);

    auto twice = parcels->pickUp(clerk, {b.parcelIds.last()}, drawn(u"李四"_s));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, u"parcel.collected"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM signatures"_s), 1);
}

TEST_P(ParcelServiceTest, PickupIsOneUnitAtATimeAndAWaiverWithWordsIsEnough)
{
    // R-PS-4: the recipient of one unit signs for what is theirs.
    const ParcelBatch b = receive(u"韵达"_s, {line(unitId(u"3-1-502"_s)), line(unitId(u"3-1-601"_s))});
    EXPECT_EQ(parcels->pickUp(clerk, b.parcelIds, drawn(u"张三"_s)).error().code, u"parcel.units"_s);
    Signature paper;
    paper.signer = u"钱七"_s;
    paper.waivedReason = QString::fromLatin1(Signature::OnPaper);
    ASSERT_TRUE(parcels->pickUp(clerk, {b.parcelIds.last()}, paper).ok());
    EXPECT_EQ(parcels->count(ParcelFilter::Waiting).value(), 1);
}

TEST_P(ParcelServiceTest, SearchFindsAParcelByTrackingNumberAndUnit)
{
    // R-PS-4: the desk finds a parcel when the resident quotes the tracking number.
    const ParcelBatch b = receive(u"顺丰"_s, {line(unitId(u"3-1-601"_s), 1, u"SF9876543210"_s),
                                              line(unitId(u"3-1-502"_s), 1, u"SF1111111111"_s)});
    host.services().search.addSource(ParcelService::searchSource());
    auto hits = host.services().search.find(clerk, u"SF98765"_s);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_EQ(hits.value().first().kind, u"parcel"_s);
    EXPECT_EQ(hits.value().first().refId, b.parcelIds.first());
    EXPECT_EQ(hits.value().first().unitId, unitId(u"3-1-601"_s));
    EXPECT_TRUE(hits.value().first().title.contains(u"3-1-601"_s));
    bool byUnit = false;
    for (const SearchHit& h : host.services().search.find(clerk, u"31502"_s).value())
        byUnit |= h.kind == u"parcel" && h.refId == b.parcelIds.last();
    EXPECT_TRUE(byUnit);
}

TEST_P(ParcelServiceTest, TheControlRoomDoesNotReceiveParcels)
{
    const Session control = host.signedIn(Role::ControlRoom, u"kong.zhi"_s);
    EXPECT_EQ(parcels->receive(control, {u"顺丰"_s, {line(unitId(u"3-1-502"_s))}}).error().code, u"perm.denied"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ParcelServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
