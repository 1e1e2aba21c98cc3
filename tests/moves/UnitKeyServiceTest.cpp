// A unit's keys counted by kind (R-MI-1 "keys handed over (counted)", R-MO-1 "keys returned"): every
// change an entry of its own, signed for at the hand-over, nothing returned beyond what was handed over.
#include "MoveFixture.h"

#include "modules/moves/MoveTerms.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class UnitKeyServiceTest : public MoveFixture
{
protected:
    static Signature onThePad()
    {
        Signature s;
        s.signer = u"王伟"_s;
        s.image = QByteArray("\x89PNG\r\n\x1a\n", 8);
        return s;
    }

    Result<QList<KeyEntry>> change(KeyReason reason, const QList<KeyCount>& counts, const QString& note = {},
                                   const QString& unit = u"3-1-502"_s)
    {
        KeyChange c;
        c.unitId = unitId(unit);
        c.reason = reason;
        c.counts = counts;
        c.note = note;
        if (reason == KeyReason::HandedOver)
            c.signature = onThePad();
        return keys.record(clerk, c);
    }

    QString held(const QString& unit = u"3-1-502"_s)
    {
        QStringList out;
        for (const KeyCount& c : keys.held(clerk, unitId(unit)).value())
            out << u"%1 %2"_s.arg(MoveTerms::key(c.kind)).arg(c.count);
        return out.join(u", "_s);
    }

    qint64 entries() { return scalar(u"SELECT COUNT(*) FROM unit_key_entries"_s); }
};

// R-MI-1: the keys handed over are counted by kind and signed for by the owner; the unit's record
// holds them with who recorded them and when.
TEST_P(UnitKeyServiceTest, KeysHandedOverAreCountedByKindAndSignedFor)
{
    auto handed = change(KeyReason::HandedOver, {{KeyKind::Door, 2}, {KeyKind::AccessCard, 3}, {KeyKind::Mailbox, 1}},
                         u"入伙交付"_s);
    ASSERT_TRUE(handed.ok()) << handed.error().message.toStdString();
    ASSERT_EQ(handed.value().size(), 3);
    EXPECT_EQ(held(), u"door 2, mailbox 1, access_card 3"_s);
    const QList<KeyEntry> history = keys.history(clerk, unitId(u"3-1-502"_s)).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.first().recordedBy, clerk.user.displayName);
    EXPECT_EQ(history.first().atMs, host.clock().nowMs());
    EXPECT_NE(history.first().signatureId, 0);
    EXPECT_EQ(host.db().scalar(u"SELECT signer FROM signatures"_s).value().toString(), u"王伟"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit_keys'"_s), 1);
    EXPECT_TRUE(held(u"3-1-601"_s).isEmpty()) << "another unit holds none";
}

// R-MI-1: a hand-over nobody signed for, a count of none, a kind counted twice, nothing counted or no
// unit is answered next to its field, and nothing is written.
TEST_P(UnitKeyServiceTest, BadCountsAreRefusedAndWriteNothing)
{
    KeyChange unsigned_;
    unsigned_.unitId = unitId(u"3-1-502"_s);
    unsigned_.counts = {{KeyKind::Door, 2}};
    auto noSignature = keys.record(clerk, unsigned_);
    ASSERT_FALSE(noSignature.ok());
    EXPECT_EQ(noSignature.error().field, u"signature"_s);
    for (const QList<KeyCount>& counts : {QList<KeyCount>{{KeyKind::Door, 0}}, QList<KeyCount>{{KeyKind::Door, -1}},
                                          QList<KeyCount>{{KeyKind::Door, 1}, {KeyKind::Door, 1}}, QList<KeyCount>{}}) {
        auto bad = change(KeyReason::HandedOver, counts);
        ASSERT_FALSE(bad.ok());
        EXPECT_EQ(bad.error().field, u"keys"_s);
    }
    KeyChange nowhere;
    nowhere.counts = {{KeyKind::Door, 1}};
    nowhere.reason = KeyReason::Made;
    auto noUnit = keys.record(clerk, nowhere);
    ASSERT_FALSE(noUnit.ok());
    EXPECT_EQ(noUnit.error().field, u"unit"_s);
    EXPECT_EQ(entries(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM signatures"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit_keys'"_s), 0);
}

// R-MO-1: keys come back counted against what the unit holds: a lost card says how, a new one made adds,
// and more returned than held is refused, naming what the unit holds; the record keeps every change.
TEST_P(UnitKeyServiceTest, KeysReturnedAreCountedAgainstWhatWasHandedOver)
{
    auto handed = change(KeyReason::HandedOver, {{KeyKind::Door, 2}, {KeyKind::AccessCard, 3}});
    ASSERT_TRUE(handed.ok()) << handed.error().message.toStdString();
    auto lostSilently = change(KeyReason::Lost, {{KeyKind::AccessCard, 1}});
    ASSERT_FALSE(lostSilently.ok());
    EXPECT_EQ(lostSilently.error().field, u"note"_s);
    ASSERT_TRUE(change(KeyReason::Lost, {{KeyKind::AccessCard, 1}}, u"业主丢失，已挂失"_s).ok());
    ASSERT_TRUE(change(KeyReason::Made, {{KeyKind::AccessCard, 1}}, u"补办"_s).ok());
    EXPECT_EQ(held(), u"door 2, access_card 3"_s);

    const qint64 before = entries();
    auto tooMany = change(KeyReason::Returned, {{KeyKind::Door, 3}, {KeyKind::AccessCard, 3}});
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().field, u"keys"_s);
    EXPECT_TRUE(tooMany.error().message.contains(u"3-1-502"_s)) << tooMany.error().message.toStdString();
    EXPECT_EQ(entries(), before) << "nothing of a refused return is written";
    auto returned = change(KeyReason::Returned, {{KeyKind::Door, 2}, {KeyKind::AccessCard, 3}}, u"迁出交回"_s);
    ASSERT_TRUE(returned.ok()) << returned.error().message.toStdString();
    EXPECT_EQ(returned.value().first().heldAfter, 0);
    EXPECT_TRUE(held().isEmpty());
    EXPECT_FALSE(change(KeyReason::Returned, {{KeyKind::Mailbox, 1}}).ok()) << "never handed over";
    EXPECT_EQ(keys.history(clerk, unitId(u"3-1-502"_s)).value().size(), 6);

    EXPECT_FALSE(host.db().exec(u"UPDATE unit_key_entries SET change = 5"_s).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM unit_key_entries"_s).ok());
    EXPECT_EQ(entries(), 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, UnitKeyServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
