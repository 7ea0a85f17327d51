import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { Repository } from '../../core/db/repository';
import '../../components/theme.css';
import '../../components/library/library.css';

render(<LibraryApp repo={new Repository()} />, document.getElementById('app')!);
