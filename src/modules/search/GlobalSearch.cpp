#include "modules/search/GlobalSearch.h"

#include "modules/search/GlobalSearchModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

GlobalSearch::GlobalSearch(RegistryService& registry, SearchService& search, QWidget* parent)
    : SearchBox(parent), m_edit(new QLineEdit(this)), m_model(new GlobalSearchModel(registry, search, this)),
      m_debounce(new QTimer(this))
{
    setObjectName(u"globalSearchBox"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(u"globalSearch"_s);
    m_edit->setPlaceholderText(
        tr("Find: 3-1-502, a ticket number, a name, a phone's last 4 digits or any words (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(460);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_model->setQuery({});
            hidePopup();
        }
    });
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearch::runSearch);
}

void GlobalSearch::setSession(const Session& session)
{
    m_model->setSession(session);
    m_edit->clear();
}

void GlobalSearch::setPopupHost(QWidget* host)
{
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = host;
    delete m_popup;
    m_popup = new QFrame(host);
    m_popup->setObjectName(u"globalSearchPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAutoFillBackground(true);
    m_popup->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    m_results = new QTreeView(m_popup);
    m_results->setObjectName(u"globalSearchResults"_s);
    // No focus: typing goes on in the search box while the list shows what it finds.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderHidden(true);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->header()->setStretchLastSection(true);
    layout->addWidget(m_results);
    m_status = new QLabel(m_popup);
    m_status->setObjectName(u"globalSearchStatus"_s);
    m_status->setContentsMargins(8, 4, 8, 4);
    m_status->setEnabled(false);
    layout->addWidget(m_status);
    m_popup->hide();
    connect(m_results, &QTreeView::clicked, this, &GlobalSearch::choose);
    host->installEventFilter(this);
}

void GlobalSearch::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void GlobalSearch::runSearch()
{
    m_debounce->stop();
    m_model->setQuery(m_edit->text());
    if (m_model->query().isEmpty()) {
        hidePopup();
        return;
    }
    showPopup();
}

void GlobalSearch::showPopup()
{
    if (!m_popup || !m_edit->isVisible()) // hidden with the toolbar while the screen is locked
        return;
    const int rows = m_model->rowCount();
    if (!m_model->error().isEmpty())
        m_status->setText(m_model->error());
    else if (rows == 0)
        m_status->setText(tr("Nothing matches “%1”.").arg(m_model->query()));
    else
        m_status->setText(tr("↑↓ choose · Enter opens · Esc closes"));
    m_results->setVisible(rows > 0);
    if (rows > 0 && !m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_model->index(0, 0));
    for (int column = 0; column < GlobalSearchModel::ColumnCount - 1; ++column) {
        m_results->resizeColumnToContents(column);
        m_results->setColumnWidth(column, m_results->columnWidth(column) + 12); // air between columns
    }
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void GlobalSearch::placePopup()
{
    if (!m_popup || !m_host)
        return;
    const QPoint topLeft = m_edit->mapTo(m_host, QPoint(0, m_edit->height() + 2));
    const int width = qMin(qMax(m_edit->width(), 720), m_host->width() - topLeft.x() - 8);
    const int rows = qMin(m_model->rowCount(), VisibleRows);
    const int rowHeight = rows > 0 ? qMax(m_results->sizeHintForRow(0), 18) : 0;
    const int height = rows * rowHeight + (rows > 0 ? 4 : 0) + m_status->sizeHint().height() + 2;
    m_popup->setGeometry(topLeft.x(), topLeft.y(), qMax(width, 200), height);
}

void GlobalSearch::hidePopup()
{
    m_debounce->stop(); // a search typed just before Ctrl+L must not pop up over the lock screen
    if (m_popup)
        m_popup->hide();
}

void GlobalSearch::moveCurrent(int delta)
{
    if (!m_popup)
        return;
    if (!m_popup->isVisible()) {
        if (!m_edit->text().trimmed().isEmpty())
            runSearch();
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_results->currentIndex().row() + delta, rows - 1);
    m_results->setCurrentIndex(m_model->index(row, 0));
    m_results->scrollTo(m_results->currentIndex());
}

void GlobalSearch::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const GlobalSearchModel::Row& row = m_model->rowAt(index.row());
    if (row.kind == GlobalSearchModel::RowKind::Ticket) {
        hidePopup();
        emit ticketChosen(row.id);
    } else if (row.kind == GlobalSearchModel::RowKind::Record) {
        hidePopup();
        emit recordChosen(row.source, row.id);
    } else if (row.unitId != 0) {
        hidePopup();
        emit unitChosen(row.unitId);
    }
}

bool GlobalSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        if (m_popup && m_popup->isVisible())
            placePopup();
        return false;
    }
    if (watched != m_edit)
        return false;
    if (event->type() == QEvent::FocusOut) {
        hidePopup();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(VisibleRows);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-VisibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter before the pause ends must not lose the search that was typed.
        if (m_debounce->isActive() || !m_popup || !m_popup->isVisible())
            runSearch();
        if (m_results && m_model->rowCount() > 0)
            choose(m_results->currentIndex().isValid() ? m_results->currentIndex() : m_model->index(0, 0));
        return true;
    case Qt::Key_Escape:
        if (m_popup && m_popup->isVisible()) {
            hidePopup();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace fd
