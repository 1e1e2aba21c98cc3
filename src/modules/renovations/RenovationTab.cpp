#include "modules/renovations/RenovationTab.h"

#include "modules/renovations/RenovationTerms.h"

#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace fd {

RenovationTab::RenovationTab(RenovationService& renovations, QWidget* parent)
    : QWidget(parent), m_renovations(renovations)
{}

void RenovationTab::setSession(const Session& session)
{
    m_session = session;
    if (m_renovation)
        fill();
}

void RenovationTab::showRenovation(const Renovation& renovation)
{
    const bool other = !m_renovation || m_renovation->id != renovation.id;
    m_renovation = renovation;
    if (other)
        m_errors.clear();
    m_fresh = other;
    fill();
    m_fresh = false;
}

void RenovationTab::allow(QWidget* control, Permission permission, bool stageAllows, const QString& stageReason) const
{
    if (m_session && !m_session->may(permission)) {
        control->setEnabled(false);
        control->setToolTip(Roles::refusal(m_session->user.role, permission));
        return;
    }
    control->setEnabled(stageAllows);
    control->setToolTip(stageAllows ? QString() : stageReason);
}

QString RenovationTab::notNow() const
{
    return m_renovation ? tr("Not at this stage (%1).").arg(RenovationTerms::displayName(m_renovation->stage))
                        : QString();
}

void RenovationTab::setRows(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
}

void RenovationTab::setRowIds(QTableWidget* table, const QList<qint64>& ids)
{
    for (int r = 0; r < ids.size() && r < table->rowCount(); ++r)
        if (QTableWidgetItem* item = table->item(r, 0))
            item->setData(Qt::UserRole, ids[r]);
}

qint64 RenovationTab::selectedId(const QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return 0;
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

} // namespace fd
