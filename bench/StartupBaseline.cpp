// The startup baseline: what Qt Widgets itself costs. One window with a label, shown, and the
// program quits after its first paint, as `verifydesk --quit-after-first-paint` does.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class QuitAfterFirstPaint : public QObject
{
    Q_DISABLE_COPY_MOVE(QuitAfterFirstPaint)

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(u"Baseline"_s);
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    window.resize(1100, 720); // the size of the app's main window
    window.installEventFilter(new QuitAfterFirstPaint(&app));
    window.show();
    return app.exec();
}
