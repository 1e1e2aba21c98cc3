#include "modules/renovations/RenovationScopeWidget.h"

#include "ui_RenovationScopeWidget.h"

#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"

#include <QComboBox>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

const QList<ScopeApproval> kApprovals{ScopeApproval::None, ScopeApproval::Engineering, ScopeApproval::Forbidden};

void fillApprovals(QComboBox* box)
{
    for (ScopeApproval a : kApprovals)
        box->addItem(RenovationTerms::displayName(a), static_cast<int>(a));
}

} // namespace

RenovationScopeWidget::RenovationScopeWidget(RenovationService& renovations, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_RenovationScopeWidget>()), m_renovations(renovations)
{
    m_ui->setupUi(this);
    fillApprovals(m_ui->scopeApproval);
    m_ui->scopeApproval->setCurrentIndex(1);
    m_errors.bind(u"name"_s, m_ui->scopeName, m_ui->scopeError);
    m_errors.setFallback(m_ui->scopeError);
    connect(m_ui->addScope, &QPushButton::clicked, this, &RenovationScopeWidget::addItem);
    connect(m_ui->scopeName, &QLineEdit::returnPressed, this, &RenovationScopeWidget::addItem);
    connect(m_ui->scopeBack, &QPushButton::clicked, this, &RenovationScopeWidget::backRequested);
    connect(m_ui->scopeTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != 2 || item->row() >= m_items.size())
            return;
        ScopeItem changed = m_items[item->row()];
        changed.active = item->checkState() == Qt::Checked;
        save(changed, m_items[item->row()]);
    });
}

RenovationScopeWidget::~RenovationScopeWidget() = default;

void RenovationScopeWidget::setSession(const Session& session)
{
    m_session = session;
    const bool may = session.may(Permission::EditSiteRules);
    const QString why = may ? QString() : Roles::refusal(session.user.role, Permission::EditSiteRules);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->scopeTable, m_ui->scopeName, m_ui->scopeApproval, m_ui->addScope}) {
        w->setEnabled(may);
        w->setToolTip(why);
    }
    reload();
}

void RenovationScopeWidget::reload()
{
    auto items = m_renovations.scopeItems();
    if (!items)
        return;
    m_items = items.value();
    m_filling = true;
    QTableWidget* t = m_ui->scopeTable;
    t->clear();
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Work"), tr("Needs"), tr("Offered")});
    t->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ScopeItem& i = m_items[row];
        t->setItem(row, 0, new QTableWidgetItem(i.name));
        auto* box = new QComboBox(t);
        box->setObjectName(u"approval_"_s + i.key);
        fillApprovals(box);
        box->setCurrentIndex(box->findData(static_cast<int>(i.approval)));
        connect(box, &QComboBox::activated, this,
                [this, key = i.key, box] { setApproval(key, static_cast<ScopeApproval>(box->currentData().toInt())); });
        t->setCellWidget(row, 1, box);
        auto* offered = new QTableWidgetItem;
        offered->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        offered->setCheckState(i.active ? Qt::Checked : Qt::Unchecked);
        t->setItem(row, 2, offered);
    }
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->resizeColumnsToContents();
    m_filling = false;
}

bool RenovationScopeWidget::setApproval(const QString& key, ScopeApproval approval)
{
    for (const ScopeItem& seen : m_items)
        if (seen.key == key) {
            ScopeItem i = seen;
            i.approval = approval;
            return save(i, seen);
        }
    return false;
}

bool RenovationScopeWidget::save(const ScopeItem& item, ScopeItem seen)
{
    if (!m_session)
        return false;
    m_errors.clear();
    auto saved = m_renovations.setScopeItem(*m_session, item, seen);
    if (!saved)
        m_errors.show(saved.error());
    reload();
    return saved.ok();
}

bool RenovationScopeWidget::addItem()
{
    ScopeItem i;
    i.name = m_ui->scopeName->text();
    i.approval = static_cast<ScopeApproval>(m_ui->scopeApproval->currentData().toInt());
    if (!save(i, {}))
        return false;
    m_ui->scopeName->clear();
    return true;
}

} // namespace fd
