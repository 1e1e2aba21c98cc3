#include "gui/PageCatalog.h"

using namespace Qt::StringLiterals;

namespace fd {

QList<PageInfo> PageCatalog::all()
{
    const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
    return {
        {PageId::Home, u"home"_s, tr("Home"), u":/icons/home.svg"_s, ctrl(Qt::Key_1), false},
        // The queues are looked at all day; J for "jobs", since the ten digits were taken first.
        {PageId::Queues, u"queues"_s, tr("Queues"), u":/icons/queues.svg"_s, ctrl(Qt::Key_J), false},
        {PageId::Registry, u"registry"_s, tr("Registry"), u":/icons/registry.svg"_s, ctrl(Qt::Key_2), false},
        {PageId::Intake, u"intake"_s, tr("Intake"), u":/icons/intake.svg"_s, ctrl(Qt::Key_3), false},
        {PageId::Repairs, u"repairs"_s, tr("Repairs"), u":/icons/repairs.svg"_s, ctrl(Qt::Key_4), false},
        {PageId::Complaints, u"complaints"_s, tr("Complaints"), u":/icons/complaints.svg"_s, ctrl(Qt::Key_5), false},
        {PageId::Callbacks, u"callbacks"_s, tr("Callbacks"), u":/icons/callbacks.svg"_s, ctrl(Qt::Key_6), false},
        {PageId::Visitors, u"visitors"_s, tr("Visitors"), u":/icons/visitors.svg"_s, ctrl(Qt::Key_7), false},
        {PageId::Parcels, u"parcels"_s, tr("Storage and mail"), u":/icons/parcels.svg"_s, ctrl(Qt::Key_8), false},
        {PageId::Handover, u"handover"_s, tr("Handover"), u":/icons/handover.svg"_s, ctrl(Qt::Key_9), false},
        // The night's calls (R-SH-3) and the morning review (R-SH-4) belong to a time of day: chords.
        {PageId::NightCalls, u"nightcalls"_s, tr("Night calls"), u":/icons/nightcalls.svg"_s,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), false},
        {PageId::Review, u"review"_s, tr("Morning review"), u":/icons/review.svg"_s,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), false},
        {PageId::Reports, u"reports"_s, tr("Reports"), u":/icons/reports.svg"_s, ctrl(Qt::Key_0), false},
        // Ten digits for ten everyday pages; account administration is rare enough for a chord.
        {PageId::Accounts, u"accounts"_s, tr("Accounts"), u":/icons/accounts.svg"_s,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), true},
        // 站点设置: the site's rules, posts, departments and handover checklist (administrators).
        {PageId::SiteSettings, u"sitesettings"_s, tr("Site settings"), u":/icons/sitesettings.svg"_s,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), true},
    };
}

PageInfo PageCatalog::info(PageId id)
{
    for (const PageInfo& page : all())
        if (page.id == id)
            return page;
    return {};
}

QString PageCatalog::toolTip(const PageInfo& page)
{
    return tr("%1 (%2)").arg(page.title, page.shortcut.toString(QKeySequence::NativeText));
}

} // namespace fd
