#include "modules/moves/MovePlanWidget.h"

#include "ui_MovePlanWidget.h"

#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MoveTerms.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int KeyRole = Qt::UserRole;

// The documents a site can ask for, each satisfied by any of its kinds.
QList<QList<DocumentKind>> documentChoices()
{
    return {{DocumentKind::IdCard, DocumentKind::Passport},
            {DocumentKind::PurchaseContract, DocumentKind::PropertyCertificate},
            {DocumentKind::Lease},
            {DocumentKind::Other}};
}

QString choiceName(const QList<DocumentKind>& any)
{
    QStringList names;
    for (DocumentKind k : any)
        names << MoveTerms::displayName(k);
    return names.join(MovePlanWidget::tr(" or "));
}

void fillSteps(QListWidget* list, MoveKind kind, const QList<MoveSteps::Definition>& plan)
{
    list->clear();
    QList<MoveSteps::Definition> all = plan;
    for (const MoveSteps::Definition& d : MoveSteps::defaults(kind)) {
        bool listed = false;
        for (const MoveSteps::Definition& p : plan)
            listed = listed || p.key == d.key;
        if (!listed)
            all << d;
    }
    for (const MoveSteps::Definition& d : all) {
        auto* item = new QListWidgetItem(MoveSteps::displayName(d.key), list);
        item->setData(KeyRole, d.key);
        bool used = false;
        for (const MoveSteps::Definition& p : plan)
            used = used || p.key == d.key;
        item->setCheckState(used || d.required ? Qt::Checked : Qt::Unchecked);
        if (d.required) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setToolTip(MovePlanWidget::tr("Always a step: it cannot be left out."));
        }
    }
}

QStringList ticked(const QListWidget* list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(KeyRole).toString();
    return keys;
}

} // namespace

MovePlanWidget::MovePlanWidget(MoveService& moves, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_MovePlanWidget>()), m_moves(moves)
{
    m_ui->setupUi(this);
    FormErrors::style(m_ui->planError);
    m_lastList = m_ui->planIn;
    for (QListWidget* list : {m_ui->planIn, m_ui->planOut})
        connect(list, &QListWidget::currentRowChanged, this, [this, list] { m_lastList = list; });
    connect(m_ui->planEarlier, &QPushButton::clicked, this, [this] { shift(-1); });
    connect(m_ui->planLater, &QPushButton::clicked, this, [this] { shift(1); });
    connect(m_ui->savePlan, &QPushButton::clicked, this, &MovePlanWidget::save);
    connect(m_ui->backFromPlan, &QPushButton::clicked, this, &MovePlanWidget::backRequested);
}

MovePlanWidget::~MovePlanWidget() = default;

void MovePlanWidget::setSession(const Session& session)
{
    m_session = session;
    const bool edit = session.may(Permission::EditSiteRules);
    m_ui->savePlan->setEnabled(edit);
    m_ui->savePlan->setToolTip(edit ? QString() : Roles::refusal(session.user.role, Permission::EditSiteRules));
}

void MovePlanWidget::refresh()
{
    m_ui->planError->hide();
    QStringList unread;
    for (MoveKind kind : {MoveKind::In, MoveKind::Out}) {
        QListWidget* list = kind == MoveKind::In ? m_ui->planIn : m_ui->planOut;
        std::optional<QStringList>& read = kind == MoveKind::In ? m_readIn : m_readOut;
        read.reset();
        auto plan = m_moves.plan(kind);
        if (!plan) {
            list->clear();
            unread << plan.error().message;
            continue;
        }
        fillSteps(list, kind, plan.value());
        read = MoveSteps::keys(plan.value());
        (kind == MoveKind::In ? m_shownIn : m_shownOut) = ticked(list);
    }
    for (bool tenant : {false, true})
        if (Status s = fillDocuments(tenant ? m_ui->tenantDocs : m_ui->ownerDocs, tenant); !s)
            unread << s.error().message;
    if (!unread.isEmpty()) {
        m_ui->planError->setText(unread.join(u'\n'));
        m_ui->planError->show();
    }
}

QList<int> MovePlanWidget::checkedRows(const QListWidget* list)
{
    QList<int> rows;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            rows << i;
    return rows;
}

Status MovePlanWidget::fillDocuments(QListWidget* list, bool tenant)
{
    list->clear();
    std::optional<QList<QList<DocumentKind>>>& read = tenant ? m_readTenant : m_readOwner;
    read.reset();
    auto required = m_moves.documentsRequired(tenant ? ResidentRelation::Tenant : ResidentRelation::Owner);
    if (!required)
        return required.error(); // not shown, not saved
    const QList<QList<DocumentKind>>& asked = required.value();
    read = asked;
    int index = 0;
    for (const QList<DocumentKind>& choice : documentChoices()) {
        auto* item = new QListWidgetItem(choiceName(choice), list);
        item->setData(KeyRole, index++);
        bool on = false;
        for (const QList<DocumentKind>& a : asked)
            for (DocumentKind k : a)
                on = on || choice.contains(k);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    (tenant ? m_shownTenant : m_shownOwner) = checkedRows(list);
    return {};
}

void MovePlanWidget::shift(int delta)
{
    QListWidget* list = m_lastList;
    const int row = list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= list->count())
        return;
    QListWidgetItem* item = list->takeItem(row);
    list->insertItem(to, item);
    list->setCurrentRow(to);
}

bool MovePlanWidget::save()
{
    if (!m_session)
        return false;
    m_ui->planError->hide();
    auto fail = [this](const Error& e) {
        m_ui->planError->setText(e.message);
        m_ui->planError->show();
        return false;
    };
    // Both lists checked before either is saved, so a refused order saves nothing.
    for (MoveKind kind : {MoveKind::In, MoveKind::Out})
        if (Status s = MoveService::checkPlan(kind, ticked(kind == MoveKind::In ? m_ui->planIn : m_ui->planOut)); !s)
            return fail(s.error());
    // Only the lists changed here, each over the list as this page read it. A list saved is the
    // page's new starting point; one refused as another's since keeps what is ticked here, and its
    // starting point becomes theirs, so Save again puts this page's in force knowingly.
    QStringList problems;
    bool stale = false;
    const auto note = [&](const Error& e) {
        problems << e.message;
        stale = stale || e.code == u"move.plan.stale"_s;
        return e.code == u"move.plan.stale"_s;
    };
    for (MoveKind kind : {MoveKind::In, MoveKind::Out}) {
        std::optional<QStringList>& read = kind == MoveKind::In ? m_readIn : m_readOut;
        QStringList& shown = kind == MoveKind::In ? m_shownIn : m_shownOut;
        const QStringList keys = ticked(kind == MoveKind::In ? m_ui->planIn : m_ui->planOut);
        if (!read || keys == shown)
            continue;
        if (Status s = m_moves.setPlan(*m_session, kind, keys, *read); !s) {
            if (note(s.error()))
                if (auto now = m_moves.plan(kind))
                    read = MoveSteps::keys(now.value());
            continue;
        }
        read = keys;
        shown = keys;
    }
    for (bool tenant : {false, true}) {
        const QListWidget* list = tenant ? m_ui->tenantDocs : m_ui->ownerDocs;
        std::optional<QList<QList<DocumentKind>>>& read = tenant ? m_readTenant : m_readOwner;
        QList<int>& shown = tenant ? m_shownTenant : m_shownOwner;
        const QList<int> rows = checkedRows(list);
        if (!read || rows == shown)
            continue;
        QList<QList<DocumentKind>> documents;
        for (int row : rows)
            documents << documentChoices().at(list->item(row)->data(KeyRole).toInt());
        const ResidentRelation relation = tenant ? ResidentRelation::Tenant : ResidentRelation::Owner;
        const Status s = m_moves.setDocumentsRequired(*m_session, relation, documents, *read);
        if (!s && !note(s.error()))
            continue;
        if (auto now = m_moves.documentsRequired(relation))
            read = now.value();
        if (s)
            shown = rows;
    }
    if (!problems.isEmpty()) {
        if (stale)
            problems << tr("Your lists here are kept: Save again to put them in force, or Back to leave theirs.");
        m_ui->planError->setText(problems.join(u'\n'));
        m_ui->planError->show();
        return false;
    }
    refresh();
    return true;
}

} // namespace fd
