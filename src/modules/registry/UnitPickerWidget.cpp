#include "modules/registry/UnitPickerWidget.h"

#include "modules/registry/RegistryDisplay.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitSearchModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

UnitPickerWidget::UnitPickerWidget(RegistryService& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_model(new UnitSearchModel(registry, this)), m_edit(new QLineEdit(this)),
      m_matches(new QTableView(this)), m_chosen(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(u"unitPicker"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    setFocusProxy(m_edit); // a label's Alt-letter and setFocus() land in the text field
    m_edit->setObjectName(u"unitPickerEdit"_s);
    m_edit->setPlaceholderText(tr("3-1-502, a name, or a phone's last 4 digits"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_chosen->setObjectName(u"unitPickerChosen"_s);
    m_chosen->setWordWrap(true);
    m_chosen->hide();
    layout->addWidget(m_chosen);

    m_model->setPageSize(20);
    m_matches->setObjectName(u"unitPickerMatches"_s);
    m_matches->setModel(m_model);
    m_matches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->verticalHeader()->hide();
    m_matches->horizontalHeader()->hide();
    m_matches->setWordWrap(false);
    const int rowHeight = m_matches->fontMetrics().height() + 8;
    m_matches->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_matches->setFixedHeight(rowHeight * 4 + 4);
    m_matches->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matches->horizontalHeader()->setSectionResizeMode(UnitSearchModel::Residents, QHeaderView::Stretch);
    m_matches->hideColumn(UnitSearchModel::Area);
    m_matches->installEventFilter(this);
    m_matches->hide();
    layout->addWidget(m_matches);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &UnitPickerWidget::runSearch);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (m_unitId != 0) { // typing again lets go of the chosen unit
            m_unitId = 0;
            m_detail = {};
            m_chosen->hide();
            emit unitChanged(0);
        }
        m_debounce->start();
    });
    connect(m_matches, &QTableView::activated, this, [this](const QModelIndex& index) { takeRow(index.row()); });
}

void UnitPickerWidget::setSession(const Session& session)
{
    m_session = session;
    m_model->setSession(session);
}

void UnitPickerWidget::runSearch()
{
    m_debounce->stop();
    m_model->setQuery(m_unitId != 0 ? QString() : m_edit->text().trimmed());
    m_matches->setVisible(m_model->rowCount() > 0);
}

void UnitPickerWidget::takeRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        setUnit(m_model->unitIdAt(row));
    m_edit->setFocus();
    emit unitChanged(m_unitId);
    // Move on to the next field: the caller's unit is what the clerk asked for first.
    focusNextChild();
}

bool UnitPickerWidget::setUnit(qint64 unitId)
{
    m_debounce->stop();
    m_unitId = 0;
    m_detail = {};
    m_chosen->hide();
    m_model->setQuery({});
    m_matches->hide();
    if (unitId == 0 || !m_session)
        return unitId == 0;
    auto detail = m_registry.unit(*m_session, unitId);
    if (!detail)
        return false;
    m_unitId = unitId;
    m_detail = detail.value();
    m_edit->setText(m_detail.unit.code);
    QStringList people;
    for (const Resident& r : m_detail.residents)
        if (r.active)
            people << u"%1 (%2)"_s.arg(r.name, RegistryDisplay::relationName(r.relation));
    m_chosen->setText(people.isEmpty() ? tr("%1: nobody registered").arg(m_detail.unit.code)
                                       : u"%1 · %2"_s.arg(m_detail.unit.code, people.join(u", "_s)));
    m_chosen->show();
    return true;
}

void UnitPickerWidget::clear()
{
    setUnit(0);
    m_edit->clear();
}

bool UnitPickerWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_edit && (enter || key == Qt::Key_Down) && m_unitId == 0 &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        runSearch();
        if (enter && m_model->rowCount() == 1) {
            takeRow(0);
            return true;
        }
        if (m_model->rowCount() > 0) {
            m_matches->setFocus();
            m_matches->selectRow(0);
            return true;
        }
    }
    if (watched == m_matches && enter && m_matches->currentIndex().isValid()) {
        takeRow(m_matches->currentIndex().row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fd
